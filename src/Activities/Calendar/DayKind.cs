namespace PlanWorkflows.Activities.Calendar;

/// <summary>What kind of day a date is for civil servants in Việt Nam.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day (Monday to Friday).</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday, the weekly rest days.</summary>
    Weekend,

    /// <summary>A public holiday of Bộ luật Lao động 2019 Điều 112, or a day off in compensation for one.</summary>
    PublicHoliday,

    /// <summary>A weekday given off to bridge a holiday, worked instead on a <see cref="MakeUpWorkingDay"/>.</summary>
    BridgeDay,

    /// <summary>A weekend day worked in exchange for a <see cref="BridgeDay"/>.</summary>
    MakeUpWorkingDay,
}
