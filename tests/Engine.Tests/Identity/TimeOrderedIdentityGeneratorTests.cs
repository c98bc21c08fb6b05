using Microsoft.Extensions.Time.Testing;
using PlanWorkflows.Engine.Identity;

namespace PlanWorkflows.Engine.Tests.Identity;

public sealed class TimeOrderedIdentityGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewId_ManyCalls_GivesSixteenLowercaseHexCharacters()
    {
        var generator = new TimeOrderedIdentityGenerator(new FakeTimeProvider(Now));

        var ids = Enumerable.Range(0, 100).Select(_ => generator.NewId()).ToList();

        ids.Should().OnlyContain(id => id.Length == 16 && id.All(char.IsAsciiHexDigitLower));
    }

    [Fact]
    public void NewId_ManyCallsInOneMillisecond_IncreasesStrictly()
    {
        var generator = new TimeOrderedIdentityGenerator(new FakeTimeProvider(Now));

        var ids = Enumerable.Range(0, 20_000).Select(_ => generator.NewId()).ToList();

        ids.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void NewId_ClockGoesBack_StillIncreases()
    {
        var clock = new SettableClock { UtcNow = Now };
        var generator = new TimeOrderedIdentityGenerator(clock);
        var before = generator.NewId();

        clock.UtcNow = Now.AddMinutes(-5);
        var after = generator.NewId();

        string.CompareOrdinal(after, before).Should().BePositive();
    }

    [Fact]
    public void NewId_LaterMillisecond_SortsAfterEveryEarlierId()
    {
        var clock = new FakeTimeProvider(Now);
        var generator = new TimeOrderedIdentityGenerator(clock);
        var earlier = Enumerable.Range(0, 50).Select(_ => generator.NewId()).Max(StringComparer.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(1));

        string.CompareOrdinal(generator.NewId(), earlier).Should().BePositive();
    }

    [Fact]
    public void NewId_PrefixIsTheMillisecondsSinceTheUnixEpoch()
    {
        var generator = new TimeOrderedIdentityGenerator(new FakeTimeProvider(Now));

        var id = generator.NewId();

        (Convert.ToInt64(id, 16) >> 20).Should().Be(Now.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void NewId_TwoGeneratorsAtTheSameInstant_DrawDifferentTails()
    {
        var first = new TimeOrderedIdentityGenerator(new FakeTimeProvider(Now));
        var second = new TimeOrderedIdentityGenerator(new FakeTimeProvider(Now));

        first.NewId().Should().NotBe(second.NewId());
    }

    /// <summary>A clock that can be set back, as a system clock can be after a time sync (FakeTimeProvider refuses).</summary>
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset UtcNow { get; set; }

        public override DateTimeOffset GetUtcNow() => UtcNow;
    }
}
