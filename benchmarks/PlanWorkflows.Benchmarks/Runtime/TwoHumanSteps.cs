namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>The benchmarked workflow: two human steps in a row, each an <c>Elsa.Event</c> bookmark.</summary>
internal static class TwoHumanSteps
{
    public const string FirstStep = "step-1";

    public const string Json = """
        {
          "name": "two-human-steps",
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "type": "Elsa.Event", "id": "step1", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "step-1" } } },
              { "type": "Elsa.Event", "id": "step2", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "step-2" } } }
            ],
            "connections": [
              { "source": { "activity": "step1", "port": "Done" }, "target": { "activity": "step2", "port": "In" } }
            ]
          }
        }
        """;
}
