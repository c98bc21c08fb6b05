using System.Text;
using PlanWorkflows.Activities.Organization;

namespace PlanWorkflows.Activities.Tests.Organization;

public sealed class OrganizationDirectoryTests
{
    private static readonly InMemoryOrganizationDirectory KonRay = OrganizationDirectoryFile.LoadKonRay2024();

    [Theory]
    [InlineData("Phòng Lao động - Thương binh và Xã hội")]
    [InlineData("Phòng Lao động-Thương binh và Xã hội")]
    [InlineData("Phòng LĐ-TB&XH")]
    [InlineData("Phòng LĐTBXH")]
    [InlineData("phòng lao động thương binh xã hội")]
    [InlineData("PHONG LAO DONG - THUONG BINH VA XA HOI")]
    public void Resolve_AliasesAbbreviationsCaseAndAccents_GiveOneUnit(string mention) =>
        KonRay.Resolve(mention, null).Should().BeEquivalentTo(new UnitResolution(["phong-ldtbxh"], null));

    [Theory]
    [InlineData("Phòng GD&ĐT", "phong-gddt")]
    [InlineData("Phòng VH-TT", "phong-vhtt")]
    [InlineData("Phòng Văn hoá- Thông tin", "phong-vhtt")]
    [InlineData("Phòng TC-KH", "phong-tckh")]
    [InlineData("Uỷ ban MTTQ Việt Nam huyện", "ubmttq-huyen")]
    [InlineData("UBND huyện", "ubnd-huyen-kon-ray")]
    [InlineData("UBND xã Đắk Tơ Lung", "xa-dak-to-lung")]
    [InlineData("Sở LĐ-TB&XH", "so-ldtbxh")]
    public void Resolve_CommonAbbreviations_GiveTheUnit(string mention, string unitId) =>
        KonRay.Resolve(mention, null)!.UnitIds.Should().Equal(unitId);

    [Theory]
    [InlineData("Ủy ban nhân dân các xã, thị trấn", "ubnd-cac-xa-thi-tran", 7)]
    [InlineData("UBND các xã, thị trấn", "ubnd-cac-xa-thi-tran", 7)]
    [InlineData("Các Phòng, ban, ngành thuộc huyện", "cac-phong-ban-nganh", 13)]
    [InlineData("các phòng, ban, ngành thuộc UBND huyện", "cac-phong-ban-nganh", 13)]
    public void Resolve_Group_GivesTheGroupAndItsMembers(string mention, string groupId, int members)
    {
        var resolution = KonRay.Resolve(mention, null)!;

        resolution.GroupId.Should().Be(groupId);
        resolution.UnitIds.Should().HaveCount(members).And.OnlyContain(id => KonRay.FindUnit(id) != null);
    }

    [Theory]
    [InlineData("các đơn vị liên quan")]
    [InlineData("các phòng, ban, ngành, đơn vị, địa phương")]
    [InlineData("Công an huyện")]
    [InlineData("")]
    public void Resolve_UnknownOrUnspecific_GivesNothing(string mention) => KonRay.Resolve(mention, null).Should().BeNull();

    [Fact]
    public void Resolve_AfterTheDistrictLevelWasAbolished_GivesNoDistrictUnit()
    {
        KonRay.Resolve("Phòng Y tế", new DateOnly(2024, 5, 9)).Should().NotBeNull();
        KonRay.Resolve("Phòng Y tế", new DateOnly(2025, 7, 1)).Should().BeNull();
        KonRay.Resolve("UBND tỉnh Kon Tum", new DateOnly(2025, 7, 1)).Should().NotBeNull();
    }

    [Fact]
    public void LoadKonRay2024_ListsTheDesignUnitsWithParents()
    {
        KonRay.FindUnit("phong-ldtbxh")!.ParentId.Should().Be("ubnd-huyen-kon-ray");
        KonRay.FindUnit("ubnd-huyen-kon-ray")!.ParentId.Should().Be("ubnd-tinh-kon-tum");
        KonRay.FindUnit("so-ldtbxh")!.ParentId.Should().Be("ubnd-tinh-kon-tum");
        KonRay.FindGroup("cac-phong-ban-nganh")!.MemberIds.Should().Contain(["van-phong-hdnd-ubnd", "phong-dan-toc", "thanh-tra-huyen"]);
        new[] { "trung-tam-vhttdl-tt", "huyen-uy-kon-ray", "ban-tuyen-giao-huyen-uy", "hdnd-huyen-kon-ray", "huyen-doan",
            "hoi-lhpn-huyen", "hoi-nong-dan-huyen", "hoi-ccb-huyen", "ldld-huyen" }.Should().OnlyContain(id => KonRay.FindUnit(id) != null);
    }

    [Fact]
    public void Load_JsonFile_BuildsTheDirectory()
    {
        const string json = """
            {"units": [{"id": "phong-y-te", "name": "Phòng Y tế", "kind": "department", "parentId": null, "aliases": ["PYT"], "validFrom": "2020-01-01", "validTo": null}],
             "groups": [{"id": "y-te", "name": "Ngành y tế", "aliases": [], "memberIds": ["phong-y-te"]}]}
            """;

        var directory = OrganizationDirectoryFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        directory.Resolve("PYT", new DateOnly(2024, 1, 1))!.UnitIds.Should().Equal("phong-y-te");
        directory.Resolve("PYT", new DateOnly(2019, 1, 1)).Should().BeNull();
        directory.Resolve("ngành Y tế", null)!.GroupId.Should().Be("y-te");
    }

    [Theory]
    [InlineData("Phòng Văn hoá - Thông tin", "Phòng Văn hóa và Thông tin")]
    [InlineData("Uỷ ban nhân dân", "UBND")]
    public void UnitNameKey_SpellingVariants_GiveOneKey(string left, string right) =>
        UnitNameKey.Of(left).Should().Be(UnitNameKey.Of(right));
}
