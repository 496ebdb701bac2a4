// Azure Bot registration (SingleTenant or UserAssignedMSI; multi-tenant creation is deprecated)
// with the Microsoft Teams channel and the Direct Line channel for the website's Web Chat.

@description('Bot resource name (globally unique handle).')
param name string

@description('Display name shown in Teams and Web Chat.')
param displayName string

@description('Messaging endpoint, https://<app>/api/messages.')
param endpoint string

@description('UserAssignedMSI or SingleTenant.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('Microsoft App ID: the client id of the managed identity or of the app registration.')
param appId string

@description('Entra ID tenant of the identity.')
param tenantId string

@description('Resource id of the user-assigned managed identity; empty for SingleTenant.')
param msiResourceId string

@description('F0 (free, 10,000 premium messages a month) or S1. Direct Line messages count as premium.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Origin of the page that runs Web Chat: the bot host\'s own widget (embedding websites frame it). Only it may use the Direct Line site.')
param widgetOrigin string

@description('Key Vault that receives the Direct Line secret, for the widget\'s token endpoint (Widget:DirectLineSecret).')
param keyVaultName string

@description('Name of the Key Vault secret that holds the Direct Line secret.')
param directLineSecretName string

@description('Log Analytics workspace for the bot\'s request logs.')
param workspaceId string

@description('Bot Service location: global, or westeurope for the EU data boundary (then the bot must use the European Bot Framework endpoints).')
@allowed([
  'global'
  'westeurope'
])
param location string

@description('Tags on every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? msiResourceId : null
    disableLocalAuth: false
    publicNetworkAccess: 'Enabled'
    isStreamingSupported: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: location
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: [
            widgetOrigin
          ]
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

// The widget's token endpoint exchanges this secret for tokens server-side; the page never sees it.
resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: directLineSecretName
  properties: {
    value: directLine.listChannelWithKeys().setting.sites[0].key
    contentType: 'Azure Bot Direct Line site secret'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: bot
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'BotRequest'
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

output name string = bot.name
