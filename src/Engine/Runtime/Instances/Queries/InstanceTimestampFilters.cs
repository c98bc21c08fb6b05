using System.Linq.Expressions;

namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>Translates an <see cref="InstanceTimestampFilter"/> into a predicate EF runs as SQL, the value as a parameter.</summary>
internal static class InstanceTimestampFilters
{
    public static Expression<Func<WorkflowInstance, bool>> Predicate(InstanceTimestampFilter filter)
    {
        var row = Expression.Parameter(typeof(WorkflowInstance), "row");
        var instant = Expression.Convert(Expression.Property(row, filter.Column.ToString()), typeof(DateTimeOffset?));
        DateTimeOffset? timestamp = filter.Timestamp;
        Expression<Func<DateTimeOffset?>> parameter = () => timestamp;
        Expression comparison = filter.Comparison switch
        {
            TimestampComparison.Is => Expression.Equal(instant, parameter.Body),
            TimestampComparison.IsNot => Expression.NotEqual(instant, parameter.Body),
            TimestampComparison.LessThan => Expression.LessThan(instant, parameter.Body),
            TimestampComparison.GreaterThan => Expression.GreaterThan(instant, parameter.Body),
            TimestampComparison.LessThanOrEqual => Expression.LessThanOrEqual(instant, parameter.Body),
            _ => Expression.GreaterThanOrEqual(instant, parameter.Body),
        };
        return Expression.Lambda<Func<WorkflowInstance, bool>>(comparison, row);
    }
}
