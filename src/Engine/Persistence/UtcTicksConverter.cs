using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>Stores an instant as its UTC ticks, so it compares and sorts in every provider.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
