namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>Elsa's <c>ListResponse&lt;T&gt;</c>: <c>{ items, count }</c>.</summary>
internal sealed record ListResponse<T>(IReadOnlyCollection<T> Items)
{
    public int Count => Items.Count;
}

/// <summary>The envelope of the variable-type and storage-driver lists: <c>{ items }</c> only.</summary>
internal sealed record ItemsResponse<T>(IReadOnlyCollection<T> Items);

/// <summary>An expression syntax Studio offers in its input editors.</summary>
internal sealed record ExpressionDescriptor(
    string Type, string DisplayName, bool IsSerializable, bool IsBrowsable, IReadOnlyDictionary<string, string> Properties);

/// <summary>A type a workflow variable can have.</summary>
internal sealed record VariableTypeDescriptor(string TypeName, string DisplayName, string Category, string? Description);

/// <summary>Where a variable's value is stored.</summary>
internal sealed record StorageDriverDescriptor(string TypeName, string DisplayName, double Priority, bool Deprecated);

/// <summary>An activation, incident or log-persistence strategy, named by Elsa's type name.</summary>
internal sealed record StrategyDescriptor(string TypeName, string DisplayName, string Description);

/// <summary>A named commit strategy.</summary>
internal sealed record CommitStrategyDescriptor(string Name, string DisplayName, string Description);

/// <summary>A server feature; Studio switches on optional behaviour (SignalR updates, alterations) by these.</summary>
internal sealed record FeatureDescriptor(string Name, string Namespace, string FullName, string DisplayName, string Description);

/// <summary>The Elsa API version the server speaks.</summary>
internal sealed record PackageVersionResponse(string PackageVersion);
