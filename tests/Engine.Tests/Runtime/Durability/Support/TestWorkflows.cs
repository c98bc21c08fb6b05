using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>
/// The scripted workflows the fake executor runs, chosen by the definition's name. Every resume appends the input's
/// <c>n</c> to the <c>received</c> variable and journals a <c>Resumed</c> line with the input.
/// </summary>
internal static class TestWorkflows
{
    /// <summary>Waits for the event <c>tick</c> until it arrived <c>target</c> times (input, default 50).</summary>
    public const string EventCounter = "event-counter";

    /// <summary>Waits one hour on a timer, then finishes.</summary>
    public const string Delay = "delay";

    /// <summary>Waits for the events <c>branch-0</c> ... <c>branch-49</c> at once; finishes when all arrived.</summary>
    public const string FanOut = "fan-out";

    /// <summary>Waits for <c>tick</c> forever; each resume adds a <see cref="TestWorkItem"/> keyed by the input's <c>key</c>.</summary>
    public const string WorkItems = "work-items";

    public const int FanOutWidth = 50;
    public static readonly TimeSpan DelayDuration = TimeSpan.FromHours(1);

    public static void Start(string name, FakeBurst burst, JsonObject input, DateTimeOffset now)
    {
        burst.Log("Started", "start", input);
        switch (name)
        {
            case EventCounter or WorkItems:
                burst.WaitForEvent("tick");
                break;
            case Delay:
                burst.WaitUntil(now + DelayDuration);
                break;
            case FanOut:
                for (var branch = 0; branch < FanOutWidth; branch++)
                {
                    burst.WaitForEvent($"branch-{branch}", $"branch-{branch}");
                }

                break;
        }
    }

    public static void Resume(string name, FakeBurst burst, BurstTrigger.Resume resume)
    {
        burst.Consume(resume.Bookmark);
        var input = resume.Input[EventBookmarkPayload.PayloadInputKey]?.AsObject() ?? resume.Input;
        var received = burst.Variables["received"]?.AsArray() ?? [];
        received.Add(input["n"]?.DeepClone());
        burst.Variables["received"] = received;
        burst.Log("Resumed", resume.Bookmark.ActivityNodeId, input);
        if (name == WorkItems)
        {
            burst.UnitOfWork.Add(new TestWorkItem { Key = input["key"]!.GetValue<string>(), WorkflowInstanceId = burst.State.Id });
        }

        var target = burst.State.Input["target"]?.GetValue<int>() ?? 50;
        if (name == WorkItems || (name == EventCounter && received.Count < target))
        {
            burst.WaitForEvent("tick");
        }
    }
}
