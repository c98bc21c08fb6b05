namespace PlanWorkflows.Activities.Reports;

/// <summary>
/// The periods of a step's cadence: the first is the one whose report is still to come on the start date; later ones
/// follow while they start on or before the end date, so without an end date there is one period (a Dated cadence
/// runs through its dates).
/// </summary>
internal sealed class ReportSchedule(ReportingCadence cadence, ReportDueRule dueRule, IReadOnlyList<DateOnly> dates, DateOnly? endDate)
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    public ReportPeriod? First(DateOnly today)
    {
        var period = Containing(today);
        while (period is not null && period.DueDate < today)
        {
            period = After(period);
        }

        return period is not null && Opens(period) ? period : null;
    }

    public ReportPeriod? Next(ReportPeriod current) =>
        (cadence == ReportingCadence.Dated || endDate is not null) && After(current) is { } next && Opens(next) ? next : null;

    private bool Opens(ReportPeriod period) => endDate is not { } end || period.Start <= end;

    private ReportPeriod? After(ReportPeriod period) => Containing(period.End.AddDays(1));

    private ReportPeriod? Containing(DateOnly date) => cadence switch
    {
        ReportingCadence.Monthly => Months(date, 1, dueRule.MonthlyDay, $"Tháng {date.Month}/{date.Year}"),
        ReportingCadence.Quarterly => Months(date, 3, dueRule.QuarterlyDay, $"Quý {Quarters[(date.Month - 1) / 3]}/{date.Year}"),
        ReportingCadence.HalfYearly => Months(date, 6, dueRule.HalfYearlyDay, $"6 tháng {(date.Month <= 6 ? "đầu" : "cuối")} năm {date.Year}"),
        ReportingCadence.Yearly => Year(date),
        _ => Dated(date),
    };

    private static ReportPeriod Months(DateOnly date, int length, int dueDay, string label)
    {
        var start = new DateOnly(date.Year, ((date.Month - 1) / length * length) + 1, 1);
        var end = start.AddMonths(length).AddDays(-1);
        return new ReportPeriod(start, end, DayOfMonth(end.Year, end.Month, dueDay), label);
    }

    private ReportPeriod Year(DateOnly date) => new(
        new DateOnly(date.Year, 1, 1),
        new DateOnly(date.Year, 12, 31),
        DayOfMonth(date.Year, dueRule.YearlyMonth, dueRule.YearlyDay),
        $"Năm {date.Year}");

    private ReportPeriod? Dated(DateOnly date)
    {
        var ordered = dates.Order().ToList();
        var index = ordered.FindIndex(due => due >= date);
        if (index < 0)
        {
            return null;
        }

        var start = index == 0 ? date : ordered[index - 1].AddDays(1);
        return new ReportPeriod(start, ordered[index], ordered[index], $"Kỳ {ordered[index]:dd/MM/yyyy}");
    }

    private static DateOnly DayOfMonth(int year, int month, int day) => new(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month)));
}

/// <summary>The due day per cadence: the plan's own day and month where it gives them, else the configured defaults.</summary>
internal sealed record ReportDueRule(int MonthlyDay, int QuarterlyDay, int HalfYearlyDay, int YearlyDay, int YearlyMonth)
{
    public static ReportDueRule From(ReportDeadlineOptions defaults, int? planDay, int? planMonth) => new(
        planDay ?? defaults.MonthlyDueDay,
        planDay ?? defaults.QuarterlyDueDay,
        planDay ?? defaults.HalfYearlyDueDay,
        planDay ?? defaults.YearlyDueDay,
        planMonth ?? defaults.YearlyDueMonth);
}
