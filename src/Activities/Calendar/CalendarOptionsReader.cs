using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Activities.Calendar;

/// <summary>
/// Reads <see cref="WorkingDayCalendarOptions"/> from configuration by hand: the configuration binder package is
/// not among this project's dependencies, and dates must be ISO 8601 whatever the culture.
/// </summary>
internal static class CalendarOptionsReader
{
    private const string DateFormat = "yyyy-MM-dd";

    public static WorkingDayCalendarOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(WorkingDayCalendarOptions.SectionName);
        return new WorkingDayCalendarOptions
        {
            ExtraDaysOff = ReadDays(section.GetSection(nameof(WorkingDayCalendarOptions.ExtraDaysOff))),
            WorkingDays = ReadDays(section.GetSection(nameof(WorkingDayCalendarOptions.WorkingDays))),
        };
    }

    private static ConfiguredDay[] ReadDays(IConfigurationSection list) => [.. list.GetChildren().Select(ReadDay)];

    private static ConfiguredDay ReadDay(IConfigurationSection entry) =>
        entry.Value is { } date
            ? new ConfiguredDay(ParseDate(date, entry.Path))
            : new ConfiguredDay(ParseDate(entry[nameof(ConfiguredDay.Date)], entry.Path), entry[nameof(ConfiguredDay.Name)]);

    private static DateOnly ParseDate(string? text, string path) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CalendarConfigurationException($"'{path}' must be a date as {DateFormat}, not '{text}'.");
}
