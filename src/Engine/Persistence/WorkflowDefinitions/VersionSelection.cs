namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>Which versions of a definition a <see cref="VersionOptions"/> selects.</summary>
public enum VersionSelection
{
    /// <summary>Every version; also what an empty <c>versionOptions=</c> means.</summary>
    AllVersions,
    Latest,
    Published,
    /// <summary>The published version where there is one, otherwise the latest.</summary>
    LatestOrPublished,
    LatestAndPublished,
    /// <summary>Every unpublished version.</summary>
    Draft,
    /// <summary>The version whose number is <see cref="VersionOptions.Version"/>.</summary>
    SpecificVersion,
}
