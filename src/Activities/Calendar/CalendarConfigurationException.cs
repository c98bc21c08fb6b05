namespace PlanWorkflows.Activities.Calendar;

/// <summary>The <c>Calendar</c> configuration section holds a value that cannot be used.</summary>
public sealed class CalendarConfigurationException : Exception
{
    public CalendarConfigurationException(string message)
        : base(message)
    {
    }
}
