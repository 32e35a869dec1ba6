namespace Passerelles.Web.Data;

/// <summary>The registers of processing of CERESO and of the PTCE Sud Aquitaine: the shipped entry of every purpose,
/// with the Québec grounds and periods for CERESO and the GDPR's for the PTCE; CERESO keeps its incubation files
/// seven years, as its funders' audits ask. Development only.</summary>
public static class DemoPrivacyRegister
{
    public static async Task EnsureAsync(AppDbContext db)
    {
        await Features.Privacy.Register.ShippedProcessingActivities.EnsureAsync(db);
        var cereso = await db.ProcessingActivities
            .Where(a => a.Controller.Name == "CERESO" && a.Purpose == Features.Privacy.Register.ProcessingPurposes.Incubation && a.RetentionMonths == 60)
            .SingleOrDefaultAsync();
        if (cereso is null) return;
        cereso.RetentionMonths = 84;
        await db.SaveChangesAsync();
    }
}
