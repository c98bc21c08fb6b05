namespace PlanWorkflows.Activities.Calendar;

/// <summary>A date set in configuration, with an optional name shown for it.</summary>
public sealed record ConfiguredDay(DateOnly Date, string? Name = null);
