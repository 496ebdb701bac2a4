// Example parameters. Copy and adjust; the protection key comes from the environment so it never lands in a file:
//   export TAKEABREAK_STORAGE_PROTECTION_KEY="$(openssl rand -base64 32)"
//   az deployment group create -g rg-takeabreak -f main.bicep -p main.bicepparam
using './main.bicep'

param location = 'westeurope'
param baseName = 'takeabreak'
param botDisplayName = 'TakeABreak'
param botAppType = 'UserAssignedMSI'
param botSku = 'S1'
param publicBaseUrl = ''
param alertEmailAddress = ''
param webChatOrigins = [
  'https://www.moviera.nl'
]
param appServiceSku = 'P0v3'
param instanceCount = 1
param blobSoftDeleteDays = 7
param logRetentionDays = 30
param storageProtectionKey = readEnvironmentVariable('TAKEABREAK_STORAGE_PROTECTION_KEY')
