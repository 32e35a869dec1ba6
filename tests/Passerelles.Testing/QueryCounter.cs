using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Testing;

/// <summary>Counts the SQL commands one HTTP request runs. A request opts in with the <see cref="Header"/> header: from
/// the moment the app receives it until its response is complete, every command EF Core runs on that request's
/// execution flow is recorded under the header's value. Work on other flows — background services, other requests —
/// is never counted, and neither is anything the request left running once it has answered.</summary>
public sealed class QueryCounter : DbCommandInterceptor, IStartupFilter
{
    public const string Header = "X-Test-Count-Queries";

    private static readonly AsyncLocal<Measure?> Current = new();
    private readonly ConcurrentDictionary<string, Measure> _measures = new();

    /// <summary>The commands the request tagged <paramref name="token"/> ran, in order.</summary>
    public IReadOnlyList<string> CommandsOf(string token) =>
        _measures.TryGetValue(token, out var measure) ? measure.Commands.ToList() : [];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate request) =>
        {
            if (context.Request.Headers[Header].FirstOrDefault() is not { Length: > 0 } token)
            {
                await request(context);
                return;
            }
            var measure = _measures.GetOrAdd(token, _ => new Measure());
            Current.Value = measure;
            try
            {
                await request(context);
            }
            finally
            {
                measure.Open = false;
                Current.Value = null;
            }
        });
        next(app);
    };

    private static void Record(DbCommand command)
    {
        if (Current.Value is { Open: true } measure) measure.Commands.Enqueue(command.CommandText);
    }

    /// <summary>EF Core initialises one command for each statement it runs, whether it reads rows, a value or nothing.</summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Record(result);
        return result;
    }

    private sealed class Measure
    {
        public ConcurrentQueue<string> Commands { get; } = new();
        public volatile bool Open = true;
    }
}
