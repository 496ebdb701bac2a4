// Optional Azure OpenAI account with one chat model deployment, processed inside the EU data zone.
// Keyless: the app's managed identity gets "Cognitive Services OpenAI User".

@description('Azure region of the Azure OpenAI account (an EU region that offers the model).')
param location string

@description('Account name; also its custom subdomain.')
param name string

@description('Principal id of the managed identity that calls the model.')
param appPrincipalId string

@description('Model name, e.g. gpt-4o-mini.')
param modelName string

@description('Model version.')
param modelVersion string

@description('Deployment capacity in thousands of tokens per minute.')
@minValue(1)
param capacity int

@description('Tags on every resource.')
param tags object

var cognitiveServicesOpenAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: modelName
  sku: {
    name: 'DataZoneStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, appPrincipalId, cognitiveServicesOpenAiUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUserRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
