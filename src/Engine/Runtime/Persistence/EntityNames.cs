using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>An entity's table and column names as the EF model maps them, delimited for the provider's SQL.</summary>
internal sealed class EntityNames(IEntityType entity, ISqlGenerationHelper sql)
{
    public string Table { get; } = sql.DelimitIdentifier(entity.GetTableName()!);

    /// <summary>The delimited column of a mapped property.</summary>
    public string this[string propertyName] => sql.DelimitIdentifier(entity.FindProperty(propertyName)!.GetColumnName());
}
