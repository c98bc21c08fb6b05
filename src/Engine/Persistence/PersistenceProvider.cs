namespace PlanWorkflows.Engine.Persistence;

/// <summary>The database engine named by the <c>Persistence:Provider</c> setting.</summary>
internal enum PersistenceProvider
{
    Sqlite,
    PostgreSql,
}
