using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>
/// A mapped property as the database stores it: its column and the value EF would write (after the property's value
/// converter: enums as strings, instants as UTC ticks, JSON nodes as text). Taken from the EF model, so the burst's
/// own statements and EF's reads can never disagree on a column.
/// </summary>
internal sealed class ColumnBinding
{
    private readonly IClrPropertyGetter getter;
    private readonly ValueConverter? converter;

    public ColumnBinding(IProperty property)
    {
        Property = property;
        Column = property.GetColumnName();
        getter = property.GetGetter();
        converter = property.GetTypeMapping().Converter;
    }

    public IProperty Property { get; }

    public string Column { get; }

    public object ProviderValue(object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        if (value is not null && converter is not null)
        {
            value = converter.ConvertToProvider(value);
        }

        return value ?? DBNull.Value;
    }
}
