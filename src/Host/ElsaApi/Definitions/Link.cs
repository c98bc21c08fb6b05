namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>A HATEOAS link (Elsa's <c>Link</c>); Studio unlocks editing by the <c>rel</c>s it finds.</summary>
internal sealed record Link(string Href, string Rel, string Method);
