using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>
/// An instance as a burst finds it: the row (at the revision read), its state, and the data revision of the definition
/// version it runs (null when that version was deleted), read in one query.
/// </summary>
internal sealed record StoredInstance(WorkflowInstance Instance, WorkflowState State, long? DefinitionRevision)
{
    /// <summary>Reads a row of <see cref="Reads.ReadSql.Instance"/>: state JSON, revision, definition data revision.</summary>
    public static StoredInstance Read(SqliteRow row)
    {
        var json = row.GetString(0);
        var state = RuntimeJson.DeserializeState(json);
        var instance = WorkflowInstance.Restore(state, json, row.GetInt64(1));
        return new StoredInstance(instance, state, row.IsNull(2) ? null : row.GetInt64(2));
    }
}
