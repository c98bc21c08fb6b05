namespace PlanWorkflows.Workflows.Plans.Model;

/// <summary>One task of the plan with who leads it, who coordinates, who guides it, and when it is due.</summary>
/// <param name="Id">Path id such as "II.2-a" (subsection II.2, first bullet) or "III.2" (the subsection itself).</param>
/// <param name="Section">The id of the section it belongs to.</param>
/// <param name="Text">The task text, footnote markers and bodies lifted out.</param>
/// <param name="Lead">Units that lead it.</param>
/// <param name="Coordinating">Units that coordinate ("phối hợp").</param>
/// <param name="GuidedBy">Units whose guidance it follows ("theo hướng dẫn của").</param>
/// <param name="Mandate">Whether the plan orders the task or requests it of a body outside its command.</param>
/// <param name="Deadline">When it is due, or null when the plan gives no deadline.</param>
/// <param name="Cadence">How often it is reported or repeated, or null.</param>
/// <param name="TargetYear">A year the task aims at ("Đến năm 2025"): a target, not a deadline.</param>
/// <param name="FootnoteMarkers">Markers of footnotes attached to the text.</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record PlanTask(
    string Id,
    string Section,
    string Text,
    IReadOnlyList<UnitMention> Lead,
    IReadOnlyList<UnitMention> Coordinating,
    IReadOnlyList<UnitMention> GuidedBy,
    TaskMandate Mandate,
    TaskDeadline? Deadline,
    TaskCadence? Cadence,
    int? TargetYear,
    IReadOnlyList<string> FootnoteMarkers,
    SourceRange Source);

/// <summary>Whether a task is an order of the issuer or a request ("Đề nghị ...") to a body it does not command.</summary>
public enum TaskMandate
{
    /// <summary>The issuer assigns the task to a unit under it.</summary>
    Order,

    /// <summary>The issuer asks a body outside its command (MTTQ, mass organisations, party bodies).</summary>
    Request,
}

/// <summary>A unit as the plan writes it, and what the directory resolved it to.</summary>
/// <param name="Text">The mention as written, role words removed.</param>
/// <param name="UnitId">The unit id when the mention names one unit.</param>
/// <param name="Group">The group id when the mention names a group.</param>
/// <param name="UnitIds">Every unit the mention fans out to (one for a unit, the members for a group).</param>
/// <param name="Resolution">How the mention was resolved.</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record UnitMention(
    string Text,
    string? UnitId,
    string? Group,
    IReadOnlyList<string> UnitIds,
    MentionResolution Resolution,
    SourceRange Source);

/// <summary>How a unit mention was resolved against the directory.</summary>
public enum MentionResolution
{
    /// <summary>One unit.</summary>
    Unit,

    /// <summary>A group of units.</summary>
    Group,

    /// <summary>"các đơn vị liên quan" and the like: no unit can be named.</summary>
    Unspecific,

    /// <summary>Looks like a unit, but the directory does not know it.</summary>
    Unresolved,
}
