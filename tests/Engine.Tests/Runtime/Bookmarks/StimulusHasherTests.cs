using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Runtime.Bookmarks;

namespace PlanWorkflows.Engine.Tests.Runtime.Bookmarks;

/// <summary>Pinned values: stored bookmarks are matched by these hashes, so they must never change.</summary>
public sealed class StimulusHasherTests
{
    [Fact]
    public void Hash_EventPayload_IsThePinnedElsaHash() =>
        StimulusHasher.Hash("Elsa.Event", new EventBookmarkPayload("approve"))
            .Should().Be("6EA14E542945FFEBB20D555FC3A56DC6724A1F46A4190DF44ED485B1ACD00EAC");

    [Fact]
    public void Hash_DelayPayload_IsThePinnedElsaHash() =>
        StimulusHasher.Hash("Elsa.Delay", new DelayPayload(new DateTimeOffset(2026, 3, 2, 8, 0, 5, TimeSpan.Zero)))
            .Should().Be("A8C11133978A655FFBA6CD0AD226CFB56D2C7DFB119660F2C20653CB4B74FA83");

    [Fact]
    public void Hash_WithActivityInstanceId_AppendsIt() =>
        StimulusHasher.Hash("Elsa.Event", new EventBookmarkPayload("approve"), "abc")
            .Should().Be("FEF10A9B81B4747653DABB434777D5995F771B83250EDD702F972389ED211AB6");

    [Fact]
    public void Hash_NullPayload_HashesTheTypeNameAlone() =>
        StimulusHasher.Hash("Elsa.Event").Should().NotBe(StimulusHasher.Hash("Elsa.Event", new EventBookmarkPayload("approve")));
}
