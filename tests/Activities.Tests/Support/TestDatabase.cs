using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>A SQLite file in its own temp folder holding the plan activities' tables.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("planact-").FullName;

    public TestDatabase()
    {
        using var context = CreateContext();
        context.Database.EnsureCreated();
    }

    public TestDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "test.db")};Pooling=false").Options);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

internal sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivitiesAssembly).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>The engine database's convention: instants as UTC ticks, so SQLite can order them.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
