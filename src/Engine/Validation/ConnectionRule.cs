using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Validation;

/// <summary>Every connection joins two activities of its flowchart, leaves from an outcome port and enters port "In".</summary>
internal static class ConnectionRule
{
    public static IEnumerable<DefinitionError> Check(ActivityNode flowchart, ActivityRegistry registry)
    {
        foreach (var connection in flowchart.Flowchart!.Connections)
        {
            var source = flowchart.Flowchart.FindActivity(connection.Source.Activity);
            var target = flowchart.Flowchart.FindActivity(connection.Target.Activity);
            if (source is null)
            {
                yield return MissingEnd(flowchart, connection, "source", connection.Source.Activity);
            }
            else if (!OutcomePorts.Allows(source, registry.Find(source.Type), connection.Source.Port))
            {
                yield return ActivityLabel.Error(source, $"port '{connection.Source.Port}'",
                    $"the connection to '{connection.Target.Activity}' leaves from a port the activity does not have.");
            }

            if (target is null)
            {
                yield return MissingEnd(flowchart, connection, "target", connection.Target.Activity);
            }
            else if (connection.Target.Port != Connection.InboundPort)
            {
                yield return ActivityLabel.Error(target, $"port '{connection.Target.Port}'",
                    $"the connection from '{connection.Source.Activity}' must enter port '{Connection.InboundPort}'.");
            }
        }
    }

    private static DefinitionError MissingEnd(ActivityNode flowchart, Connection connection, string end, string activityId) =>
        ActivityLabel.Error(flowchart, "connections",
            $"the connection {connection.Source.Activity}:{connection.Source.Port} -> {connection.Target.Activity}:{connection.Target.Port} has {end} activity '{activityId}', which does not exist.");
}
