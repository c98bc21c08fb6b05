using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>
/// The text of one statement over an entity's table and the columns whose values fill its parameters
/// (<c>@p0</c>, <c>@p1</c> … in order). Built from the EF model; shadow properties (a timer's lease) are left to
/// their defaults.
/// </summary>
internal sealed record RowStatement(string Sql, IReadOnlyList<ColumnBinding> Parameters)
{
    /// <summary>The entity's values for the parameters, converted as the database stores them.</summary>
    public object[] ValuesOf(object entity)
    {
        var values = new object[Parameters.Count];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = Parameters[index].ProviderValue(entity);
        }

        return values;
    }

    public static RowStatement Insert(IEntityType entity, ISqlGenerationHelper sql)
    {
        var columns = Columns(entity);
        return new RowStatement($"INSERT INTO {new EntityNames(entity, sql).Table} ({ColumnList(columns, sql)}) VALUES ({Placeholders(columns.Count)})", columns);
    }

    /// <summary>Inserts the row unless a row with the same key exists.</summary>
    public static RowStatement InsertIfAbsent(IEntityType entity, ISqlGenerationHelper sql)
    {
        var insert = Insert(entity, sql);
        return insert with { Sql = $"{insert.Sql} ON CONFLICT DO NOTHING" };
    }

    /// <summary>
    /// Updates the named columns of the row with the key, only while its concurrency token is one below the new value:
    /// the row still holds the revision the burst read.
    /// </summary>
    public static RowStatement UpdateFromPreviousRevision(IEntityType entity, ISqlGenerationHelper sql, IReadOnlyList<string> propertyNames)
    {
        var updated = propertyNames.Select(name => new ColumnBinding(entity.FindProperty(name)!)).ToList();
        var key = new ColumnBinding(entity.FindPrimaryKey()!.Properties.Single());
        var token = updated.Single(column => column.Property.IsConcurrencyToken);
        var sets = updated.Select((column, index) => $"{sql.DelimitIdentifier(column.Column)} = @p{index}");
        var where = $"{sql.DelimitIdentifier(key.Column)} = @p{updated.Count} AND {sql.DelimitIdentifier(token.Column)} = @p{updated.IndexOf(token)} - 1";
        return new RowStatement($"UPDATE {new EntityNames(entity, sql).Table} SET {string.Join(", ", sets)} WHERE {where}", [.. updated, key]);
    }

    public static string DeleteByKey(IEntityType entity, ISqlGenerationHelper sql) =>
        $"DELETE FROM {new EntityNames(entity, sql).Table} WHERE {sql.DelimitIdentifier(entity.FindPrimaryKey()!.Properties.Single().GetColumnName())} = @p0";

    private static List<ColumnBinding> Columns(IEntityType entity) =>
        entity.GetProperties().Where(property => !property.IsShadowProperty()).Select(property => new ColumnBinding(property)).ToList();

    private static string ColumnList(IEnumerable<ColumnBinding> columns, ISqlGenerationHelper sql) =>
        string.Join(", ", columns.Select(column => sql.DelimitIdentifier(column.Column)));

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(0, count).Select(index => $"@p{index}"));
}
