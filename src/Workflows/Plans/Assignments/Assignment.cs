using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Assignments;

/// <summary>Who a piece of text assigns a task to.</summary>
internal sealed record Assignment(
    IReadOnlyList<UnitMention> Lead,
    IReadOnlyList<UnitMention> Coordinating,
    IReadOnlyList<UnitMention> GuidedBy,
    TaskMandate Mandate,
    string Text)
{
    public static readonly Assignment None = new([], [], [], TaskMandate.Order, string.Empty);

    public bool HasLead => Lead.Count > 0;

    /// <summary>This assignment with the units of a "Cơ quan chủ trì:" or "Cơ quan phối hợp:" field.</summary>
    public Assignment WithField(string field, IReadOnlyList<UnitMention> units) =>
        field == Structure.TaskFields.Lead ? this with { Lead = [.. Lead, .. units] } : this with { Coordinating = [.. Coordinating, .. units] };

    /// <summary>
    /// Combines what an item says itself (this) with what applies to it from outside (an assignment line, the unit
    /// heading): the first that names a lead gives the lead; coordinators and guidance add up.
    /// </summary>
    public Assignment Over(Assignment outer)
    {
        var primary = HasLead ? this : outer;
        var secondary = HasLead ? outer : this;
        return new Assignment(
            primary.Lead,
            primary.Coordinating.Count > 0 ? primary.Coordinating : secondary.Coordinating,
            [.. primary.GuidedBy, .. secondary.GuidedBy],
            Mandate == TaskMandate.Request || outer.Mandate == TaskMandate.Request ? TaskMandate.Request : TaskMandate.Order,
            primary.Text.Length > 0 ? primary.Text : secondary.Text);
    }
}
