namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>Maximum lengths of the runtime tables' text columns.</summary>
internal static class ColumnLengths
{
    public const int Id = 64;
    public const int Enum = 32;
    public const int Hash = 64;
    public const int Key = 256;
    public const int Name = 400;
}
