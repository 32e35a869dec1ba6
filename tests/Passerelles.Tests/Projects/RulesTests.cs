using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

/// <summary>The incubation rules that need no database.</summary>
public sealed class RulesTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 14, 0);
    private static readonly Guid Incubator = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    private static IncubatorStage StageOf(Guid incubatorId) => new() { IncubatorId = incubatorId, Name = "Incubation", Position = 1 };

    private static Cohort CohortOf(Guid incubatorId) => new()
    {
        Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15),
        Programme = new Programme { IncubatorId = incubatorId, Name = "Parcours" },
    };

    [Theory]
    [InlineData("2026-01-15", "2026-06-30", true)]
    [InlineData("2026-01-15", "2026-01-15", false)]
    [InlineData("2026-01-15", "2025-12-31", false)]
    public void A_cohort_ends_after_it_starts(string starts, string ends, bool valid)
    {
        var problem = Cohort.DatesProblem(LocalDate.FromDateOnly(DateOnly.Parse(starts)), LocalDate.FromDateOnly(DateOnly.Parse(ends)));

        Assert.Equal(valid, problem is null);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    [InlineData(0, false)]
    [InlineData(-3, false)]
    [InlineData(1001, false)]
    public void A_cohort_takes_at_least_one_project_or_has_no_limit(int? capacity, bool valid) =>
        Assert.Equal(valid, Cohort.CapacityProblem(capacity) is null);

    [Theory]
    [InlineData("732 829 320", true)]
    [InlineData("732829320", true)]
    [InlineData("356000000", true)]
    [InlineData("732829321", false)]
    [InlineData("73282932", false)]
    [InlineData("73282932A", false)]
    public void A_SIREN_has_nine_digits_and_a_Luhn_key(string number, bool valid) =>
        Assert.Equal(valid, RegistryNumbers.IsSiren(number));

    [Theory]
    [InlineData("1145678901", true)]
    [InlineData("1145 678 901", true)]
    [InlineData("114567890", false)]
    [InlineData("11456789012", false)]
    [InlineData("11456789O1", false)]
    public void A_NEQ_has_ten_digits(string number, bool valid) =>
        Assert.Equal(valid, RegistryNumbers.IsNeq(number));

    [Fact]
    public void A_legal_creation_is_checked_by_the_registry_of_its_side()
    {
        var inFrance = Milestone.Problems(MilestoneKind.LegalCreation, Side.France, "SCIC", "1145678901", null, "", null).ToList();
        var inQuebec = Milestone.Problems(MilestoneKind.LegalCreation, Side.Quebec, "Coopérative de solidarité", "1145678901", null, "", null).ToList();

        Assert.Contains(inFrance, p => p.Field == nameof(Milestone.RegistryNumber));
        Assert.Empty(inQuebec);
    }

    [Fact]
    public void Funds_need_an_amount_with_a_currency_and_jobs_a_positive_number_of_FTE()
    {
        Assert.Contains(Milestone.Problems(MilestoneKind.FundsRaised, Side.France, "", "", null, "", null), p => p.Field == nameof(Milestone.Amount));
        Assert.Contains(Milestone.Problems(MilestoneKind.FundsRaised, Side.France, "", "", 25_000m, "euros", null), p => p.Field == nameof(Milestone.Currency));
        Assert.Empty(Milestone.Problems(MilestoneKind.FundsRaised, Side.Quebec, "", "", 25_000m, "CAD", null));
        Assert.Contains(Milestone.Problems(MilestoneKind.JobsCreated, Side.Quebec, "", "", null, "", 0m), p => p.Field == nameof(Milestone.Fte));
        Assert.Empty(Milestone.Problems(MilestoneKind.JobsCreated, Side.Quebec, "", "", null, "", 1.5m));
    }

    [Fact]
    public void A_milestone_dated_after_today_is_planned()
    {
        var today = new LocalDate(2026, 3, 10);
        var milestone = new Milestone { Kind = MilestoneKind.LegalCreation, On = today.PlusDays(1) };

        Assert.True(milestone.IsPlanned(today));
        milestone.On = today;
        Assert.False(milestone.IsPlanned(today));
    }

    [Fact]
    public void Coaching_hours_count_a_collective_session_in_full_for_each_project_but_once_for_its_coach_and_cohort()
    {
        var coach = Guid.NewGuid();
        var cohort = Guid.NewGuid();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var collective = Guid.NewGuid();
        var individual = Guid.NewGuid();
        var day = new LocalDate(2026, 3, 10);
        CoachingHours.Entry[] entries =
        [
            new(collective, first, cohort, coach, day, 120),
            new(collective, second, cohort, coach, day, 120),
            new(individual, first, cohort, coach, day.PlusDays(40), 90),
        ];

        Assert.Equal(3.5m, CoachingHours.ByProject(entries)[first]);
        Assert.Equal(2m, CoachingHours.ByProject(entries)[second]);
        Assert.Equal(3.5m, CoachingHours.ByCoach(entries)[coach]);
        Assert.Equal(3.5m, CoachingHours.ByCohort(entries)[cohort]);
        Assert.Equal(3.5m, CoachingHours.Total(entries));
        Assert.Equal(2m, CoachingHours.Total(entries.During(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)))));
    }

    [Fact]
    public void The_default_stage_model_has_one_stage_per_canonical_stage_in_order_with_each_sides_words()
    {
        var stages = StageModel.Default(Incubator);

        Assert.Equal(Enum.GetValues<CanonicalStage>(), stages.Select(s => s.CanonicalStage));
        Assert.Equal(Enumerable.Range(1, stages.Count), stages.Select(s => s.Position));
        var preIncubation = stages.Single(s => s.CanonicalStage == CanonicalStage.PreIncubation);
        Assert.Equal("Prédémarrage", preIncubation.LabelFor("fr-CA", Side.Quebec));
        Assert.Equal("Pré-incubation", preIncubation.LabelFor("fr-FR", Side.Quebec));
        Assert.Equal("Démarrage", stages.Single(s => s.CanonicalStage == CanonicalStage.Launch).LabelFor("fr-CA", Side.France));
        Assert.Equal("Création", stages.Single(s => s.CanonicalStage == CanonicalStage.Launch).LabelFor("fr-FR", Side.France));
    }

    [Fact]
    public void Moving_a_stage_up_swaps_it_with_the_one_before_and_the_first_cannot_move_up()
    {
        var stages = StageModel.Default(Incubator).ToList();
        var ideation = stages[1];

        Assert.True(StageModel.Move(stages, ideation.Id, up: true));
        Assert.Equal(1, ideation.Position);
        Assert.Equal(2, stages[0].Position);
        Assert.False(StageModel.Move(stages, ideation.Id, up: true));
        Assert.False(StageModel.Move(stages, stages[^1].Id, up: false));
    }

    [Fact]
    public void An_application_is_decided_once_and_a_decline_needs_a_reason()
    {
        var project = Project.ApplyTo(Incubator, "Cantine solidaire");
        Assert.NotNull(Project.CannotDeclineBecause(" "));

        project.Decline("Hors territoire", Now, null);

        Assert.Equal(ProjectStatus.Declined, project.Status);
        Assert.NotNull(project.CannotDecide());
        Assert.Throws<ProjectRuleException>(() => project.AcceptInto(CohortOf(Incubator), StageOf(Incubator), Now, null));
    }

    [Fact]
    public void A_project_is_accepted_only_into_a_cohort_and_stage_of_its_own_incubator()
    {
        var project = Project.ApplyTo(Incubator, "Ressourcerie");
        Assert.NotNull(project.CannotAcceptInto(CohortOf(Partner), StageOf(Incubator)));
        Assert.NotNull(project.CannotAcceptInto(CohortOf(Incubator), StageOf(Partner)));

        var stage = StageOf(Incubator);
        project.AcceptInto(CohortOf(Incubator), stage, Now, null);

        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Equal(stage.Id, project.CurrentStageId);
        Assert.Single(project.StageChanges);
    }

    [Fact]
    public void A_transfer_moves_the_project_to_one_other_incubator_leaves_its_cohort_and_ends_its_shares()
    {
        var project = Project.ApplyTo(Incubator, "Tiers-lieu");
        project.AcceptInto(CohortOf(Incubator), StageOf(Incubator), Now, null);
        var member = new ProjectMember { ProjectId = project.Id, DisplayName = "Awa" };
        project.Members.Add(member);
        var share = project.ShareWith(Partner, member, Now, Now, null);

        project.TransferTo(Partner, StageOf(Partner), Now, null, "Déménagement");

        Assert.Equal(Partner, project.IncubatorId);
        Assert.Null(project.CohortId);
        Assert.False(share.IsActive);
        Assert.Single(project.Transfers);
        Assert.NotNull(project.CannotTransferTo(Partner, null));
    }

    [Fact]
    public void Sharing_needs_a_team_members_consent_and_another_incubator()
    {
        var project = Project.ApplyTo(Incubator, "Épicerie");
        var member = new ProjectMember { ProjectId = project.Id, DisplayName = "Lou" };
        var stranger = new ProjectMember { ProjectId = Guid.NewGuid(), DisplayName = "Quelqu'un" };

        Assert.NotNull(project.CannotShareWith(Partner, null));
        Assert.NotNull(project.CannotShareWith(Partner, stranger));
        Assert.NotNull(project.CannotShareWith(Incubator, member));
        project.ShareWith(Partner, member, Now, Now, null);
        Assert.NotNull(project.CannotShareWith(Partner, member));
    }

    [Fact]
    public void An_erasure_removes_the_personal_data_and_archives_the_project()
    {
        var project = Project.ApplyTo(Incubator, "Atelier vélo de Lucie Martin");
        project.ApplicantEmail = "lucie@example.org";
        project.Summary = "Lucie répare des vélos";
        project.Members.Add(new ProjectMember { ProjectId = project.Id, DisplayName = "Lucie Martin", Email = "lucie@example.org", UserId = Guid.NewGuid() });

        project.Erase(Now);

        Assert.True(project.IsArchived);
        Assert.Equal(Now, project.ErasedAt);
        Assert.DoesNotContain("Lucie", project.Name);
        Assert.Equal("", project.ApplicantEmail);
        Assert.Equal("", project.Summary);
        var member = Assert.Single(project.Members);
        Assert.Equal("", member.DisplayName);
        Assert.Null(member.UserId);
    }
}
