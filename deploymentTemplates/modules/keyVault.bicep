// Key Vault (RBAC) holding the bot's secrets. The app reads them through Key Vault references in its settings,
// so no secret value is ever written into the app's configuration or into a deployment output.

@description('Azure region.')
param location string

@description('Key Vault name (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Principal id of the managed identity that reads the secrets.')
param appPrincipalId string

@description('Secret name for the protection key.')
param protectionKeyName string

@description('Base64 of a 256-bit key that protects the Data Protection key ring at rest (Storage:ProtectionKey).')
@secure()
param storageProtectionKey string

@description('Secret name for the bot client secret.')
param appCredentialName string

@description('Client secret of a SingleTenant bot app registration; empty when the bot uses a managed identity.')
@secure()
param microsoftAppPassword string

@description('Secret name for the client secret of the staff page sign-in.')
param staffSignInSecretName string

@description('Client secret of the staff page sign-in app registration; empty when the staff page sign-in is not configured.')
@secure()
param staffSignInClientSecret string

@description('Log Analytics workspace for the vault\'s audit events (who read or changed which secret).')
param workspaceId string

@description('Tags on every resource.')
param tags object

var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource protectionKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: protectionKeyName
  properties: {
    value: storageProtectionKey
    contentType: 'base64 256-bit key'
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(microsoftAppPassword)) {
  parent: vault
  name: appCredentialName
  properties: {
    value: microsoftAppPassword
    contentType: 'Entra ID client secret'
  }
}

resource staffSignInSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(staffSignInClientSecret)) {
  parent: vault
  name: staffSignInSecretName
  properties: {
    value: staffSignInClientSecret
    contentType: 'Entra ID client secret'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Vault name; app settings refer to its secrets as @Microsoft.KeyVault(VaultName=...;SecretName=...).')
output name string = vault.name
