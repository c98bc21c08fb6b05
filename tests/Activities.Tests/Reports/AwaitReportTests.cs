using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Reports;

public sealed class AwaitReportTests : IAsyncLifetime
{
    private const string AwaitReport = "PlanWorkflows.AwaitReport";

    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Execute_YearlyWithoutPlanDay_IsDueOnTheLegalDefaultOf10December()
    {
        await _runtime.StartStepAsync(AwaitReport, Reports("Yearly"));

        _runtime.WorkItems.Should().ContainSingle().Which.Should().Match<WorkItem>(item =>
            item.Kind == WorkItemKind.Report && item.DueDate == new DateOnly(2025, 12, 10) && item.PeriodLabel == "Năm 2025");
    }

    [Fact]
    public async Task Execute_ConfiguredYearlyDefault_IsUsed()
    {
        await _runtime.DisposeAsync();
        _runtime = await PlanRuntime.StartAsync(("Reports:DefaultYearlyDueDay", "15"), ("Reports:DefaultYearlyDueMonth", "11"));

        await _runtime.StartStepAsync(AwaitReport, Reports("Yearly"));

        _runtime.WorkItems.Single().DueDate.Should().Be(new DateOnly(2025, 11, 15));
    }

    [Fact]
    public async Task Execute_QuarterlyOnThePlansDay_IsDueThatDayOfTheQuartersLastMonth()
    {
        await _runtime.StartStepAsync(AwaitReport, Reports("Quarterly").With("dueDay", "Int32", 25));

        _runtime.WorkItems.Single().Should().Match<WorkItem>(item => item.DueDate == new DateOnly(2025, 6, 25) && item.PeriodLabel == "Quý II/2025");
    }

    [Fact]
    public async Task Decide_MonthlyUntilEndDate_StartsWithTheFirstPeriodStillDueOpensEachNextThenSubmits()
    {
        await _runtime.StartStepAsync(AwaitReport, Reports("Monthly", "phong-gddt", "phong-y-te").With("endDate", "DateTime", "2025-06-30"));
        _runtime.OpenWorkItems.Should().HaveCount(2).And.OnlyContain(item => item.PeriodLabel == "Tháng 5/2025" && item.DueDate == new DateOnly(2025, 5, 15));

        await SubmitOpenReportsAsync();
        _runtime.OpenWorkItems.Should().HaveCount(2).And.OnlyContain(item => item.PeriodLabel == "Tháng 6/2025");
        _runtime.Outcomes.Outcomes.Should().BeEmpty();
        await SubmitOpenReportsAsync();

        _runtime.Outcomes.Outcomes.Should().Equal("Submitted");
        _runtime.WorkItems.Select(item => item.PeriodLabel).Distinct().Should().Equal("Tháng 5/2025", "Tháng 6/2025");
    }

    [Fact]
    public async Task Decide_HalfOfAPeriodsReportsIn_WaitsForTheRest()
    {
        await _runtime.StartStepAsync(AwaitReport, Reports("HalfYearly", "phong-gddt", "phong-y-te").With("endDate", "DateTime", "2025-12-31"));

        await _runtime.DecideAsync(_runtime.OpenWorkItems[0], WorkItemActionKind.ReportSubmitted);

        _runtime.OpenWorkItems.Should().ContainSingle().Which.PeriodLabel.Should().Be("6 tháng đầu năm 2025");
    }

    [Fact]
    public async Task Execute_DatedCadence_RunsThroughItsDates()
    {
        await _runtime.StartStepAsync(AwaitReport, Reports("Dated").With("dueDates", "String[]", new System.Text.Json.Nodes.JsonArray("2025-09-30", "2025-05-20")));

        await SubmitOpenReportsAsync();
        await SubmitOpenReportsAsync();

        _runtime.WorkItems.Select(item => item.DueDate).Should().Equal(new DateOnly(2025, 5, 20), new DateOnly(2025, 9, 30));
        _runtime.Outcomes.Outcomes.Should().Equal("Submitted");
    }

    private static System.Text.Json.Nodes.JsonObject Reports(string cadence, params string[] units) =>
        StepInputs.Task("reportingUnits", units.Length == 0 ? ["phong-ldtbxh"] : units)
            .Without("dueDate")
            .With("cadence", "ReportingCadence", cadence);

    private async Task SubmitOpenReportsAsync()
    {
        foreach (var item in _runtime.OpenWorkItems)
        {
            await _runtime.DecideAsync(item, WorkItemActionKind.ReportSubmitted);
        }
    }
}
