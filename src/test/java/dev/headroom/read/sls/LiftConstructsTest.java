package dev.headroom.read.sls;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.headroom.read.sls.Sls.fn;
import static dev.headroom.read.sls.Sls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serverless-lift {@code constructs:}: queue workers are functions with an SQS trigger; other types are named. */
class LiftConstructsTest {

    @TempDir
    Path tmp;

    private static final String SERVICE = """
            service: lift
            provider:
              name: aws
              runtime: nodejs22.x
              memorySize: 512
            functions:
              existing:
                handler: e.handler
                timeout: 30
            constructs:
              jobs:
                type: queue
                batchSize: 5
                worker:
                  handler: jobs.handler
                  timeout: 120
              reuse:
                type: queue
                worker: existing
              hook:
                type: webhook
                path: /hook
              assets:
                type: storage
              site:
                type: static-website
                path: public
              odd:
                worker:
                  handler: x.handler
            """;

    @Test
    void aQueueWorkerIsAFunctionWithItsOwnSettingsAndTheProvidersDefaults() throws Exception {
        Stack s = read(tmp, SERVICE);
        LambdaFunction worker = fn(s, "jobsWorker");
        assertEquals("JobsWorkerLambdaFunction", worker.id());
        assertEquals(120, worker.timeout().value());
        assertEquals(512, worker.memorySize().value(), "inherited from the provider");
        assertEquals("nodejs22.x", worker.runtime().value());
        assertEquals(14, worker.origin().source().line(), "the function is at its worker key");
        assertEquals(List.of("existing", "jobsWorker"),
                s.functions().stream().map(f -> f.origin().displayName()).toList(), "no function for a webhook or a typeless construct");
    }

    @Test
    void eachQueueSubscribesItsWorkerWithoutAQueueOfTheStack() throws Exception {
        Stack s = read(tmp, SERVICE);
        List<Trigger> jobs = s.triggersOf("JobsWorkerLambdaFunction");
        assertEquals(1, jobs.size());
        assertEquals(TriggerKind.SQS, jobs.get(0).kind());
        assertNull(jobs.get(0).queueId(), "Lift creates and sizes the queue itself");
        assertEquals(5, jobs.get(0).batchSize().value());
        assertEquals(11, jobs.get(0).source().line(), "at the construct");
        List<Trigger> reuse = s.triggersOf("ExistingLambdaFunction");
        assertEquals(1, reuse.size(), "a worker named by key subscribes that function");
        assertEquals(1, reuse.get(0).batchSize().value(), "Lift's default batch size");
        assertTrue(reuse.get(0).batchSize().defaulted());
        assertTrue(s.queues().isEmpty());
    }

    @Test
    void constructsOfOtherTypesAreNamedInOneNotice() throws Exception {
        Stack s = read(tmp, SERVICE);
        assertEquals(1, s.notices().size(), s.notices().toString());
        String notice = s.notices().get(0);
        assertTrue(notice.startsWith(tmp.resolve("serverless.yml") + ": serverless-lift constructs not read"), notice);
        assertTrue(notice.endsWith(": assets (storage), site (static-website), odd (no type)"), notice);
    }

    @Test
    void withoutConstructsThereIsNoNotice() throws Exception {
        Stack s = read(tmp, """
                service: plain
                provider:
                  name: aws
                constructs:
                  jobs:
                    type: queue
                    worker:
                      handler: j.handler
                """);
        assertEquals(List.of(), s.notices());
        assertEquals(6, fn(s, "jobsWorker").timeout().value(), "the Framework's default");
    }
}
