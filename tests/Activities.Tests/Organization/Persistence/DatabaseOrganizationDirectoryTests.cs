using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Activities.Persistence;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Organization.Persistence;

public sealed class DatabaseOrganizationDirectoryTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    private IOrganizationDirectory Directory => _runtime.Services.GetRequiredService<IOrganizationDirectory>();

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Prepare_SecondStart_SeedsTheDirectoryOnce()
    {
        await PlanActivitiesDatabase.PrepareAsync(_runtime.Services);

        await using var context = await _runtime.Contexts.CreateDbContextAsync();
        var units = await context.Set<UnitRecord>().CountAsync();
        units.Should().Be(OrganizationDirectoryFile.LoadKonRay2024().Units.Count);
    }

    [Theory]
    [InlineData("Phòng LĐ-TB&XH", "phong-ldtbxh")]
    [InlineData("PHONG GIAO DUC VA DAO TAO", "phong-gddt")]
    public void Resolve_AliasFromTheDatabase_GivesTheUnit(string mention, string unitId) =>
        Directory.Resolve(mention, new DateOnly(2024, 5, 1))!.UnitIds.Should().Equal(unitId);

    [Fact]
    public void Resolve_GroupFromTheDatabase_GivesTheSevenCommunes()
    {
        var resolution = Directory.Resolve("Ủy ban nhân dân các xã, thị trấn", new DateOnly(2024, 5, 1))!;

        resolution.GroupId.Should().Be("ubnd-cac-xa-thi-tran");
        resolution.UnitIds.Should().HaveCount(7);
    }

    [Fact]
    public async Task Merge_UnitWithOpenWork_MovesOpenItemsToTheSuccessorAndEndsTheUnit()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "xa-dak-koi", "xa-dak-pne"));

        var moved = await _runtime.Services.GetRequiredService<IOrganizationChanges>().MergeAsync("xa-dak-koi", "xa-dak-pne", new DateOnly(2025, 7, 1), "admin");

        moved.Should().Be(1);
        _runtime.WorkItems.Should().OnlyContain(item => item.UnitId == "xa-dak-pne");
        _runtime.Actions.Should().ContainSingle(action => action.Action == WorkItemActionKind.MovedToSuccessor);
        Directory.FindUnit("xa-dak-koi")!.Should().Match<OrganizationUnit>(unit => unit.ValidTo == new DateOnly(2025, 6, 30) && unit.SuccessorId == "xa-dak-pne");
        Directory.FindGroup("ubnd-cac-xa-thi-tran")!.MemberIds.Should().HaveCount(6).And.NotContain("xa-dak-koi");
        Directory.Resolve("UBND xã Đắk Kôi", new DateOnly(2024, 5, 1))!.UnitIds.Should().Equal("xa-dak-koi");
    }

    [Fact]
    public async Task Start_StepNamingAMergedUnit_OpensTheItemForItsSuccessor()
    {
        await _runtime.Services.GetRequiredService<IOrganizationChanges>().MergeAsync("xa-dak-koi", "xa-dak-pne", new DateOnly(2025, 4, 1), "admin");

        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "xa-dak-koi"));

        _runtime.WorkItems.Single().UnitId.Should().Be("xa-dak-pne");
    }

    [Fact]
    public async Task Merge_UnknownSuccessor_IsRefused()
    {
        var act = () => _runtime.Services.GetRequiredService<IOrganizationChanges>().MergeAsync("xa-dak-koi", "xa-khong-co", new DateOnly(2025, 7, 1), "admin");

        await act.Should().ThrowAsync<UnknownUnitException>();
    }
}
