using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// The stimulus of Elsa's <c>Elsa.Event</c> activity: the event name as payload, the published payload carried in
/// the input under Elsa's key.
/// </summary>
internal static class EventStimulus
{
    public static string ActivityTypeName { get; } = ActivityDescriber.Describe(typeof(Event)).TypeName;

    public static Stimulus Create(string eventName, JsonObject? payload) =>
        Stimulus.For(ActivityTypeName, new EventBookmarkPayload(eventName)) with
        {
            Input = payload is null ? [] : new JsonObject { [EventBookmarkPayload.PayloadInputKey] = payload.DeepClone() },
        };
}
