namespace PlanWorkflows.Engine.Tests.Runtime.Conformance;

/// <summary>The manifest's expected behaviour per fixture, in counter mode (the engine's flowchart mode).</summary>
internal static class FixtureExpectations
{
    private static readonly string[] HelloWorld = ["Hello World!"];
    private static readonly string[] Logging1 = ["This input should be stored", "This input should not be stored", "This input should be stored", "This input should not be stored"];
    private static readonly string[] Logging2 = ["This should be logged", "This should not be logged", "This should be logged", "This should not be logged"];
    private static readonly string[] Braided = [.. Enumerable.Range(1, 9).Select(number => $"WriteLine{number}")];

    public static IReadOnlyList<FixtureExpectation> All { get; } =
    [
        new("basicworkflows-hello-world.json", HelloWorld),
        new("workflowcompletion-hello-world.json", HelloWorld),
        new("restapis-hello-world.json", HelloWorld),
        new("workflowcompletion-fork.json", ["One", "Two", "Three"]),
        new("logpersistence-input-output-logging-1.json", Logging1),
        new("logpersistence-input-output-logging-2.json", Logging2),
        new("caching-workflow-definition-grand-child.json", ["Grand Child"]),
        new("correlate-CacheInvalidation_Child.json", []) { CorrelationId = "Child version 1" },
        new("correlate-CacheInvalidation_Childv2.json", []) { CorrelationId = "Child version 2" },
        new("workflowjsonstructures-sub.json", ["Test"]),
        new("alterations-version-1.json", ["Version 1"]),
        new("alterations-version-2.json", ["Version 2"]),
        new("executeworkflow-child-workflow.json", ["Child: Executing"]),
        new("executeworkflow-child-with-input.json", ["Child received: Hello from parent"]) { InputJson = """{"Message":"Hello from parent"}""" },
        new("wfdefactivities-child-with-input.json", ["Hello from parent!"]) { InputJson = """{"Message":"Hello from parent!"}""" },
        new("wfdefactivities-child-published-version.json", ["Published version executed"]),
        new("dependencyworkflows-atom-activity.json", ["Atom"]),
        new("dependencypublishing-child-empty-flowchart.json", []),
        new("importandexecute-writeline.json", ["Dummy Text"]),
        new("importandexecute-implicit-loop.json", ["Do something", "Retry", "Do something", "Done"]),
        new("flowchartcompletion-workflow1-flows.json", ["WriteLine1", "WriteLine2", "WriteLine3"]),
        new("flowchartcompletion-workflow2-braided.json", Braided),
        new("flowchartcompletion-workflow3-braided-delayed.json", Braided),
        new("flowchartcompletion-workflow4-braided-conditional-delayed.json", ["WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine6", "WriteLine7"]),
        new("explicitjoins-join-all-1.json", ["Start", "Line 1", "Line 2", "End"]),
        new("explicitjoins-join-any-1.json", ["Start", "End"]),
        new("joinbehaviors-join.json", [""]),
        new("joinbehaviors-decision-merge-join-none.json", []),
        new("joinbehaviors-fork-decision-join-none.json", ["A", "C"]),
        new("joinbehaviors-fork-decision-join-converge.json", ["A", "C"]),
        new("joinbehaviors-fork-decision-join-converge-strict.json", ["A", "C"]),
        new("jsonobjectserialization-instance-serialization.json", []),
    ];
}
