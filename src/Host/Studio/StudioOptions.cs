namespace PlanWorkflows.Host.Studio;

/// <summary>Configuration section <c>Studio</c>.</summary>
internal sealed class StudioOptions
{
    public const string SectionName = "Studio";

    /// <summary>The folder holding Studio's <c>_framework</c>, absolute or relative to the content root.</summary>
    public string BundlePath { get; set; } = "node_modules/@elsa-workflows/elsa-studio-wasm";
}
