using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Reports;

public sealed class AwaitReportTests : IDisposable
{
    private const string AwaitReport = "PlanWorkflows.AwaitReport";

    private StepHarness _harness = new(StepInputs.Monday);

    [Fact]
    public async Task Execute_YearlyWithoutPlanDay_IsDueOnTheLegalDefaultOf10December()
    {
        await _harness.StartAsync(AwaitReport, Reports("Yearly"));

        _harness.WorkItems.Should().ContainSingle().Which.Should().Match<WorkItem>(item =>
            item.Kind == WorkItemKind.Report && item.DueDate == new DateOnly(2025, 12, 10) && item.PeriodLabel == "Năm 2025");
    }

    [Fact]
    public async Task Execute_ConfiguredYearlyDefault_IsUsed()
    {
        _harness.Dispose();
        _harness = new StepHarness(StepInputs.Monday, ("Reports:DefaultYearlyDueDay", "15"), ("Reports:DefaultYearlyDueMonth", "11"));

        await _harness.StartAsync(AwaitReport, Reports("Yearly"));

        _harness.WorkItems.Single().DueDate.Should().Be(new DateOnly(2025, 11, 15));
    }

    [Fact]
    public async Task Execute_QuarterlyOnThePlansDay_IsDueThatDayOfTheQuartersLastMonth()
    {
        await _harness.StartAsync(AwaitReport, Reports("Quarterly").With("dueDay", "Int32", 25));

        _harness.WorkItems.Single().Should().Match<WorkItem>(item => item.DueDate == new DateOnly(2025, 6, 25) && item.PeriodLabel == "Quý II/2025");
    }

    [Fact]
    public async Task Decide_MonthlyUntilEndDate_StartsWithTheFirstPeriodStillDueOpensEachNextThenSubmits()
    {
        await _harness.StartAsync(AwaitReport, Reports("Monthly", "phong-gddt", "phong-y-te").With("endDate", "DateTime", "2025-06-30"));
        _harness.OpenWorkItems.Should().HaveCount(2).And.OnlyContain(item => item.PeriodLabel == "Tháng 5/2025" && item.DueDate == new DateOnly(2025, 5, 15));

        await SubmitOpenReportsAsync();
        _harness.OpenWorkItems.Should().HaveCount(2).And.OnlyContain(item => item.PeriodLabel == "Tháng 6/2025");
        _harness.Outcomes.Outcomes.Should().BeEmpty();
        await SubmitOpenReportsAsync();

        _harness.Outcomes.Outcomes.Should().Equal("Submitted");
        _harness.WorkItems.Select(item => item.PeriodLabel).Distinct().Should().Equal("Tháng 5/2025", "Tháng 6/2025");
    }

    [Fact]
    public async Task Decide_HalfOfAPeriodsReportsIn_WaitsForTheRest()
    {
        await _harness.StartAsync(AwaitReport, Reports("HalfYearly", "phong-gddt", "phong-y-te").With("endDate", "DateTime", "2025-12-31"));

        await _harness.DecideAsync(_harness.OpenWorkItems[0], WorkItemActionKind.ReportSubmitted);

        _harness.OpenWorkItems.Should().ContainSingle().Which.PeriodLabel.Should().Be("6 tháng đầu năm 2025");
    }

    [Fact]
    public async Task Execute_DatedCadence_RunsThroughItsDates()
    {
        await _harness.StartAsync(AwaitReport, Reports("Dated").With("dueDates", "String[]", new System.Text.Json.Nodes.JsonArray("2025-09-30", "2025-05-20")));

        await SubmitOpenReportsAsync();
        await SubmitOpenReportsAsync();

        _harness.WorkItems.Select(item => item.DueDate).Should().Equal(new DateOnly(2025, 5, 20), new DateOnly(2025, 9, 30));
        _harness.Outcomes.Outcomes.Should().Equal("Submitted");
    }

    public void Dispose() => _harness.Dispose();

    private static System.Text.Json.Nodes.JsonObject Reports(string cadence, params string[] units) =>
        StepInputs.Task("reportingUnits", units.Length == 0 ? ["phong-ldtbxh"] : units)
            .Without("dueDate")
            .With("cadence", "ReportingCadence", cadence);

    private async Task SubmitOpenReportsAsync()
    {
        foreach (var item in _harness.OpenWorkItems)
        {
            await _harness.DecideAsync(item, WorkItemActionKind.ReportSubmitted);
        }
    }
}
