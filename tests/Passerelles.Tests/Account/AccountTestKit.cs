using System.Net.Http.Headers;
using OtpNet;

namespace Passerelles.Tests.Account;

/// <summary>Small helpers shared by the account tests.</summary>
internal static class AccountTestKit
{
    public static string UniqueEmail(string name, string domain = "test.passerelles.org") =>
        $"{name}.{Guid.NewGuid():N}"[..(name.Length + 13)] + "@" + domain;

    /// <summary>A cookie-keeping client that reads pages in English, so assertions can name the messages.</summary>
    public static HttpClient EnglishClient(this AppFactory app)
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var login = await HtmlPage.GetAsync(client, "/account/login");
        return await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

/// <summary>What a phone's authenticator app would show, on a phone whose clock agrees with the app's.</summary>
internal static class AuthenticatorApp
{
    public static string Code(string sharedKey, TimeProvider clock) => Totp(sharedKey).ComputeTotp(clock.GetUtcNow().UtcDateTime);

    /// <summary>A code that is wrong for every time step the app accepts around the clock's time.</summary>
    public static string WrongCode(string sharedKey, TimeProvider clock)
    {
        var totp = Totp(sharedKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("000000")).First(code => !accepted.Contains(code));
    }

    private static Totp Totp(string sharedKey) => new(Base32Encoding.ToBytes(sharedKey.Replace(" ", "")));
}
