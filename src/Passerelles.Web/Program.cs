using Passerelles.Web.Access;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Directory.Export;
using Passerelles.Web.Features.Privacy.Requests;

var builder = WebApplication.CreateBuilder(args);

builder.RefuseDevelopmentOnNetwork();
builder.AddLogging();
builder.AddDatabase();
builder.AddAccounts();
builder.AddLocalisation();
builder.AddTimeZones();
builder.AddEmail();
builder.AddWebSecurity();
builder.AddPolicies();
builder.AddPages();
builder.AddBridges();
builder.AddDirectory();
builder.AddCircles();
builder.AddAgreements();
builder.AddPickers();
builder.AddMissions();
builder.AddMobility();
builder.AddFunding();
builder.AddReports();
builder.AddPrivacy();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseErrorPages();
app.UseWebSecurity();
app.UseStaticFiles();
app.UseRouting();
app.UseFirstAdministratorSetup();
app.UseAuthentication();
app.UseLocalisation();
app.UsePublicCaching();
app.UseRateLimiter();
app.UseAuthorization();
app.MapPasserelles();
app.MapDirectoryApi();
app.MapBridges();
app.MapDirectoryExport();
app.MapProjects();
app.MapGrids();
app.MapAssessments();
app.MapCircles();
app.MapAgreements();
app.MapMissionProgramme();
app.MapMissions();
app.MapMobility();
app.MapResidences();
app.MapIndicators();
app.MapFunding();
app.MapPrivacyRequests();

app.Run();

public partial class Program;
