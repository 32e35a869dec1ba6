using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Passerelles.Web.Infrastructure.Email;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Passerelles.Tests.Infrastructure;

/// <summary>The production mailer talks to a real SMTP server listening on the loopback interface.</summary>
public sealed class SmtpMailerTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Inbox _inbox = new();
    private readonly int _port = FreePort();
    private Task? _server;

    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public Task InitializeAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, _port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_inbox);
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_server is not null) await _server.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private SmtpMailer Mailer() => new(Options.Create(new EmailOptions
    {
        From = "Passerelles <no-reply@passerelles.org>",
        Smtp = new EmailOptions.SmtpOptions { Host = "127.0.0.1", Port = _port, Security = MailKit.Security.SecureSocketOptions.None },
    }), NullLogger<SmtpMailer>.Instance);

    [Fact]
    public async Task An_attachment_reaches_the_smtp_server_with_its_name_type_and_content()
    {
        var calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"u8.ToArray();
        await Mailer().SendAsync(new OutgoingEmail("élodie@exemple.fr", "Invitation", "Bonjour", "<p>Bonjour</p>")
        {
            Attachments = [new EmailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=utf-8", calendar)],
        });

        var message = Assert.Single(_inbox.Messages);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("invitation.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        Assert.Equal("REQUEST", attachment.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(calendar, content.ToArray());
        Assert.Contains("Bonjour", message.TextBody);
    }

    [Fact]
    public async Task A_message_reaches_the_smtp_server_with_both_bodies()
    {
        await Mailer().SendAsync(new OutgoingEmail("élodie@exemple.fr", "Invitation à rejoindre L'Espace412", "Bonjour Élodie", "<p>Bonjour Élodie</p>"));

        var message = Assert.Single(_inbox.Messages);
        Assert.Equal("élodie@exemple.fr", message.To.Mailboxes.Single().Address);
        Assert.Equal("Invitation à rejoindre L'Espace412", message.Subject);
        Assert.Contains("Bonjour Élodie", message.TextBody);
        Assert.Contains("<p>Bonjour Élodie</p>", message.HtmlBody);
    }

    [Fact]
    public async Task Line_breaks_typed_into_a_subject_cannot_add_headers()
    {
        await Mailer().SendAsync(new OutgoingEmail("camille@exemple.fr", "Hello\r\nBcc: intrus@exemple.com", "Text", "<p>Text</p>"));

        var message = Assert.Single(_inbox.Messages);
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain("\n", message.Subject);
    }
}
