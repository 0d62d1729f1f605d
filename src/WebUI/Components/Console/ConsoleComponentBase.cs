using System.Security.Claims;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// An interactive console component that sends commands: knows the signed-in <see cref="Caller"/>, with the client
/// address taken from the HTTP request while prerendering and carried into the circuit (which has no request), so the
/// audit trail says where a command came from. The caller follows the authentication state: when the session
/// revalidator signs the circuit out (signed out elsewhere, disabled, idle), <see cref="Caller"/> becomes null and the
/// component re-renders, so its controls go and nothing more is sent as the former user. Derived components release
/// their own resources in <see cref="Dispose(bool)"/> and call the base.
/// </summary>
public abstract class ConsoleComponentBase : ComponentBase, IDisposable
{
    private bool _listening;
    private bool _disposed;

    /// <summary>The request, only while prerendering.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>The browser's address, persisted from the prerender into the circuit.</summary>
    [PersistentState]
    public string? ClientAddress { get; set; }

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private SessionRegistry Sessions { get; set; } = default!;

    /// <summary>Who is signed in; null when anonymous or without a console role.</summary>
    protected Caller? Caller { get; private set; }

    /// <summary>The signed-in principal (carries the session the accounts layer checks).</summary>
    protected ClaimsPrincipal? User { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        ClientAddress ??= HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (!_disposed)
        {
            Authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
            _listening = true;
        }

        var state = await Authentication.GetAuthenticationStateAsync();
        Use(state.User);
    }

    private void Use(ClaimsPrincipal? user)
    {
        User = user;
        Caller = ConsoleCaller.From(user, ClientAddress, Sessions);
    }

    private void OnAuthenticationStateChanged(Task<AuthenticationState> changed) =>
        _ = InvokeAsync(() => ApplyAsync(changed));

    private async Task ApplyAsync(Task<AuthenticationState> changed)
    {
        // Fail closed: until the new state is known, and if it cannot be had, nobody may send commands from here.
        Use(null);
        try
        {
            Use((await changed).User);
        }
        finally
        {
            if (!_disposed)
            {
                StateHasChanged();
            }
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops following the authentication state; overrides release their own resources and call this.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (disposing && _listening)
        {
            _listening = false;
            Authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
        }
    }
}
