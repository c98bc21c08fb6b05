using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Activities.Reports;

/// <summary>
/// Due days of reports when a plan only says "theo quy định", from configuration section <c>Reports</c>
/// (<c>DefaultMonthlyDueDay</c>, <c>DefaultQuarterlyDueDay</c>, <c>DefaultHalfYearlyDueDay</c>,
/// <c>DefaultYearlyDueDay</c>, <c>DefaultYearlyDueMonth</c>). Monthly, quarterly and half-yearly reports fall due
/// in the last month of their period; yearly ones by 10 December.
/// </summary>
public sealed record ReportDeadlineOptions
{
    public const string SectionName = "Reports";

    public int MonthlyDueDay { get; init; } = 15;

    public int QuarterlyDueDay { get; init; } = 15;

    public int HalfYearlyDueDay { get; init; } = 15;

    public int YearlyDueDay { get; init; } = 10;

    public int YearlyDueMonth { get; init; } = 12;

    /// <exception cref="FormatException">A configured value is not a number.</exception>
    public static ReportDeadlineOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new ReportDeadlineOptions();
        return new ReportDeadlineOptions
        {
            MonthlyDueDay = Number(section, "DefaultMonthlyDueDay") ?? defaults.MonthlyDueDay,
            QuarterlyDueDay = Number(section, "DefaultQuarterlyDueDay") ?? defaults.QuarterlyDueDay,
            HalfYearlyDueDay = Number(section, "DefaultHalfYearlyDueDay") ?? defaults.HalfYearlyDueDay,
            YearlyDueDay = Number(section, "DefaultYearlyDueDay") ?? defaults.YearlyDueDay,
            YearlyDueMonth = Number(section, "DefaultYearlyDueMonth") ?? defaults.YearlyDueMonth,
        };
    }

    private static int? Number(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
}
