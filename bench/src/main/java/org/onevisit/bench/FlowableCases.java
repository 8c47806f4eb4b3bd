package org.onevisit.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The same case on Flowable, as an application built on a BPMN engine would run it: a standalone engine on its
 * own connection pool to the same database, audit history, the async executor running (it owns the reminder
 * timers), each task found by a task query and completed with the clerk's or the department's answer.
 */
final class FlowableCases implements CaseEngine {

    static final String PROCESS = "realEstateTransaction";
    private static final List<String> DEPARTMENTS = List.of("ZJJ", "SWJ", "NSYH", "BDC");

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    private FlowableCases(HikariDataSource pool, ProcessEngine engine) {
        this.pool = pool;
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
    }

    static FlowableCases start(BenchDatabase db, TransactionCounts counts) {
        HikariDataSource pool = db.pool("flowable");
        ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
                .setDataSource(new CountingDataSource(pool, counts))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory("audit")
                .setAsyncExecutorActivate(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench")
                .addClasspathResource("real-estate-transaction.bpmn20.xml").deploy();
        return new FlowableCases(pool, engine);
    }

    @Override
    public String name() {
        return "Flowable";
    }

    @Override
    public void runCase(Steps steps) throws Exception {
        long start = System.nanoTime();
        String caseKey = UUID.randomUUID().toString();
        String instance = steps.time("start process", () -> runtime.startProcessInstanceByKey(PROCESS, caseKey,
                Map.of("applicantId", ResidentIds.next(), "applicantName", "林十三", "phone", ResidentIds.mobile())).getId());
        steps.time("intake", () -> {
            Task intake = tasks.createTaskQuery().processInstanceBusinessKey(caseKey).taskDefinitionKey("intake").singleResult();
            tasks.complete(intake.getId(), Map.of("accepted", true, "acceptedBy", "clerk"));
            return null;
        });
        for (String department : DEPARTMENTS) {
            steps.time("review", () -> {
                Task review = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup(department).singleResult();
                tasks.complete(review.getId(), Map.of("opinion_" + department, "CONSENT", "comment_" + department, "同意"));
                return null;
            });
        }
        steps.time("decide", () -> {
            Task decision = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("decision").singleResult();
            tasks.complete(decision.getId(), Map.of("approved", true, "decidedBy", "admin"));
            return null;
        });
        steps.record("whole case", System.nanoTime() - start);
        if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("Process " + instance + " did not end");
        }
    }

    @Override
    public void awaitCompleted() {
        // every step completes in the caller's transaction; the async executor only holds the 5-day reminders
    }

    @Override
    public String caseShape() {
        return "1 intake task, 4 parallel reviews with a 5-day timer each, 1 decision task";
    }

    /** Ended process instances, for the smoke test. */
    long finishedInstances() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count();
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
