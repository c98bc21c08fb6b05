using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PlanWorkflows.Engine.Persistence.Model;

namespace PlanWorkflows.Engine.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the Host.</summary>
internal sealed class DesignTimeEngineDbContextFactory : IDesignTimeDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        PersistenceSettings.Sqlite(PersistenceSettings.DefaultConnectionString).Configure(options, new EngineModelOptions());
        return new EngineDbContext(options.Options);
    }
}
