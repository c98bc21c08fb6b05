namespace PlanWorkflows.Engine.Identity;

/// <summary>Generates Elsa-shaped ids (16 lowercase hex characters) for definitions, versions and activities.</summary>
public interface IIdentityGenerator
{
    string NewId();
}
