using PlanWorkflows.Engine.Identity;

namespace PlanWorkflows.Engine.Tests.Identity;

public sealed class RandomIdentityGeneratorTests
{
    [Fact]
    public void NewId_ManyCalls_GivesDistinctSixteenHexCharacterIds()
    {
        var generator = new RandomIdentityGenerator();

        var ids = Enumerable.Range(0, 100).Select(_ => generator.NewId()).ToList();

        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.Length == 16 && id.All(char.IsAsciiHexDigitLower));
    }
}
