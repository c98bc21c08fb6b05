namespace PlanWorkflows.Workflows.Plans.Model;

/// <summary>When a task is due.</summary>
/// <param name="Date">The (first) due date, or null when the plan names none ("thường xuyên", "theo quy định").</param>
/// <param name="Text">The deadline as written.</param>
/// <param name="Kind">The form of the deadline.</param>
/// <param name="Start">Start of a range ("từ ngày ... đến hết ngày ...").</param>
/// <param name="Stages">Due dates of a staged deadline ("đợt 1 trước ...; đợt 2 trước ...").</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record TaskDeadline(
    DateOnly? Date,
    string Text,
    DeadlineKind Kind,
    DateOnly? Start,
    IReadOnlyList<DeadlineStage> Stages,
    SourceRange Source);

/// <summary>One stage of a staged deadline.</summary>
public sealed record DeadlineStage(string Label, DateOnly Date);

/// <summary>Forms of deadline.</summary>
public enum DeadlineKind
{
    /// <summary>A single due date.</summary>
    Due,

    /// <summary>A period from one date to another.</summary>
    Range,

    /// <summary>Several stages, each with its own date.</summary>
    Staged,

    /// <summary>Ongoing ("thường xuyên"): no date.</summary>
    Continuous,

    /// <summary>"theo quy định": the legal default applies, no date in the plan.</summary>
    AsRegulated,
}

/// <summary>A recurrence: how often a task is reported or repeated, and in which days of the period.</summary>
/// <param name="Period">The period.</param>
/// <param name="Text">The cadence as written.</param>
/// <param name="FirstDay">First day of the window in the period ("từ ngày 1"), if any.</param>
/// <param name="DueDay">Last day of the window or due day in the period ("đến ngày 5", "trước ngày 20"), if any.</param>
/// <param name="DueMonth">Month of the yearly due day ("trước ngày 15/12 hằng năm"), if any.</param>
/// <param name="Source">Where it is in the source document.</param>
public sealed record TaskCadence(CadencePeriod Period, string Text, int? FirstDay, int? DueDay, int? DueMonth, SourceRange Source);

/// <summary>Periods of a cadence.</summary>
public enum CadencePeriod
{
    /// <summary>Each month ("hằng tháng").</summary>
    Monthly,

    /// <summary>Each quarter ("hằng quý").</summary>
    Quarterly,

    /// <summary>Every six months ("6 tháng").</summary>
    HalfYearly,

    /// <summary>Each year ("hằng năm").</summary>
    Yearly,

    /// <summary>Interim and final reviews ("sơ kết, tổng kết").</summary>
    Review,

    /// <summary>"định kỳ" with no period: the legal default applies.</summary>
    Periodic,
}
