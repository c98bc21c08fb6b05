namespace PlanWorkflows.Workflows.Plans.Model;

/// <summary>
/// The plan's reporting duty and escalation route ("Định kỳ báo cáo ... hằng năm về UBND huyện (qua Phòng LĐTBXH)").
/// </summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Cadence">How often units report, if said.</param>
/// <param name="Recipient">Who receives the reports.</param>
/// <param name="Via">Who consolidates them on the way ("qua ..."), if anyone.</param>
/// <param name="Escalation">The ladder above the lead unit: the consolidating unit, then the recipient.</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record PlanReporting(
    string Text,
    TaskCadence? Cadence,
    UnitMention? Recipient,
    UnitMention? Via,
    IReadOnlyList<UnitMention> Escalation,
    SourceRange Source);

/// <summary>A guess or a gap found while importing.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Code">Stable code such as "unit.unresolved".</param>
/// <param name="Message">What was guessed or is missing.</param>
/// <param name="Line">The source line it concerns, if any.</param>
public sealed record PlanDiagnostic(DiagnosticSeverity Severity, string Code, string Message, int? Line);

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A default or inference the reader should know about.</summary>
    Info,

    /// <summary>A gap or a guess that may need a human.</summary>
    Warning,

    /// <summary>Something that could not be imported.</summary>
    Error,
}
