using System.Net;
using Passerelles.Web.Features.Assessments;
using DetailsModel = Passerelles.Web.Features.Assessments.DetailsModel;

namespace Passerelles.Tests.Assessments;

/// <summary>Submitting while answers are still saving themselves: the submission carries the form's last answers, and
/// an answer that arrives once the assessment is submitted changes nothing.</summary>
public sealed class SubmitTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Sends one answer as the page's script does when a criterion changes.</summary>
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, Guid assessmentId, string token, Guid criterion, IDictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/assessments/{assessmentId}?handler=Answer&criterion={criterion}")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Submitting_saves_an_answer_that_never_saved_itself_before_locking_the_assessment()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var need = p.Version.Criterion("need");
        var participation = p.Version.Criterion("participation");
        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Assert.Equal("Saved", await (await AutosaveAsync(p.Team, id, token, need,
            new Dictionary<string, string> { [$"Answers[{need}].Choice"] = p.Version.Level("emerging").ToString() })).Content.ReadAsStringAsync());
        Assert.Single((await app.AssessmentAsync(id)).Answers);

        // The last answer (and a change to the first) left the page only with the submission.
        var submitted = await p.Team.AnswerAsync(id, p.Version,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "na", ["participation"] = "present" }, "Submit",
            new Dictionary<string, string> { [$"Answers[{participation}].Evidence"] = "Comité d'usager·ères réuni chaque mois." });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var assessment = await app.AssessmentAsync(id);
        Assert.Equal(AssessmentStatus.Submitted, assessment.Status);
        Assert.Equal(3, assessment.Answers.Count);
        var last = assessment.Answers.Single(a => a.CriterionId == participation);
        Assert.Equal((p.Version.Level("present"), "Comité d'usager·ères réuni chaque mois."), (last.LevelId, last.Evidence));
        Assert.Equal(p.Version.Level("strong"), assessment.Answers.Single(a => a.CriterionId == need).LevelId);
    }

    [Fact]
    public async Task An_answer_arriving_after_the_submission_is_refused_and_changes_nothing()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var participation = p.Version.Criterion("participation");
        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await p.Team.AnswerAsync(id, p.Version,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "na", ["participation"] = "present" }, "Submit")).StatusCode);

        var late = await AutosaveAsync(p.Team, id, token, participation,
            new Dictionary<string, string> { [$"Answers[{participation}].Choice"] = DetailsModel.NotApplicableChoice });

        Assert.Contains("This assessment was submitted: its answers can no longer change.", await late.Content.ReadAsStringAsync());
        var answer = (await app.AssessmentAsync(id)).Answers.Single(a => a.CriterionId == participation);
        Assert.Equal((p.Version.Level("present"), false), (answer.LevelId, answer.NotApplicable));
    }

    [Fact]
    public async Task Answers_saving_themselves_at_the_same_moment_are_all_kept()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var page = await HtmlPage.GetAsync(p.Team, $"/assessments/{id}");
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var responses = await Task.WhenAll(new[] { ("need", "strong"), ("novelty", "emerging"), ("participation", "absent") }.Select(answer =>
        {
            var criterion = p.Version.Criterion(answer.Item1);
            return AutosaveAsync(p.Team, id, token, criterion, new Dictionary<string, string> { [$"Answers[{criterion}].Choice"] = p.Version.Level(answer.Item2).ToString() });
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = (await app.AssessmentAsync(id)).Answers.ToDictionary(a => a.CriterionId, a => a.LevelId);
        Assert.Equal(p.Version.Level("strong"), answers[p.Version.Criterion("need")]);
        Assert.Equal(p.Version.Level("emerging"), answers[p.Version.Criterion("novelty")]);
        Assert.Equal(p.Version.Level("absent"), answers[p.Version.Criterion("participation")]);
    }
    [Fact]
    public async Task Two_first_answers_to_the_same_criterion_at_the_same_moment_are_both_saved_and_one_is_kept()
    {
        var p = await StartedAssessmentAsync();
        var need = p.Assessed.Version.Criterion("need");
        var levels = new[] { "strong", "emerging" }.Select(level => p.Assessed.Version.Level(level)).ToList();

        var responses = await Task.WhenAll(levels.Select(level =>
            AutosaveAsync(p.Assessed.Team, p.Id, p.Token, need, new Dictionary<string, string> { [$"Answers[{need}].Choice"] = level.ToString() })));

        Assert.Equal(["Saved", "Saved"], await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())));
        var answer = Assert.Single((await app.AssessmentAsync(p.Id)).Answers);
        Assert.Contains(answer.LevelId!.Value, levels);
    }

    private async Task<(AssessedProject Assessed, Guid Id, string Token)> StartedAssessmentAsync()
    {
        var assessed = await app.AssessedProjectAsync();
        var id = await assessed.Team.StartAsync(assessed.Project.Id, assessed.Version.Id);
        var page = await HtmlPage.GetAsync(assessed.Team, $"/assessments/{id}");
        return (assessed, id, page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!);
    }
}
